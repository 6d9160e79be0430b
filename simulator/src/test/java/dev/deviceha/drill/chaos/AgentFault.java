package dev.deviceha.drill.chaos;

/** What goes wrong with the next StageDeviceAssignmentCommand a management server sends. */
enum AgentFault {
    /** The agent refuses or the command fails before anything is prepared. */
    STAGE_FAILS,
    /** The agent prepares and stages, but its answer never arrives: the management server times out. */
    ANSWER_LOST,
    /** The agent prepares and stages, then crashes before answering; it restarts with its ledger. */
    AGENT_CRASHES_BEFORE_ANSWER,
    /** The agent answers, then crashes before the StartCommand; it restarts with its ledger and stage. */
    AGENT_CRASHES_BEFORE_START,
    /** The management server dies after allocating, before sending the assignment. */
    SERVER_DIES_BEFORE_STAGE,
    /** The management server dies after the agent staged, before sending the StartCommand. */
    SERVER_DIES_BEFORE_START
}
