package dev.deviceha.command;

import com.cloud.agent.api.Answer;
import com.cloud.agent.api.Command;
import com.google.gson.Gson;
import java.lang.reflect.Constructor;

/**
 * Sends commands and answers the way CloudStack does between management server and agent. With real CloudStack
 * classes on the class path (the build against CloudStack 4.20) that is CloudStack's own transport:
 * {@code com.cloud.agent.transport.Request}/{@code Response} serialized to bytes and parsed back with the Gson
 * CloudStack ships (1.7.2 in 4.20). Against the stubs, which have no transport, it is the same class-named Gson
 * round trip with whatever Gson the class path has. Reflection, because the stubs pass compiles this too.
 */
final class CloudStackWire {
    private static final String REQUEST = "com.cloud.agent.transport.Request";
    private static final String RESPONSE = "com.cloud.agent.transport.Response";

    private CloudStackWire() {
    }

    static boolean isCloudStacksOwn() {
        try {
            Class.forName(REQUEST);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    static <C extends Command> C send(C command) throws ReflectiveOperationException {
        if (!isCloudStacksOwn()) {
            Gson gson = new Gson();
            return (C) gson.fromJson(gson.toJson(command), command.getClass());
        }
        Object request = request(command);
        byte[] bytes = (byte[]) request.getClass().getMethod("getBytes").invoke(request);
        Object parsed = Class.forName(REQUEST).getMethod("parse", byte[].class).invoke(null, (Object) bytes);
        Command[] received = (Command[]) parsed.getClass().getMethod("getCommands").invoke(parsed);
        return (C) received[0];
    }

    @SuppressWarnings("unchecked")
    static <A extends Answer> A answer(Command command, A answer) throws ReflectiveOperationException {
        if (!isCloudStacksOwn()) {
            Gson gson = new Gson();
            return (A) gson.fromJson(gson.toJson(answer), answer.getClass());
        }
        Object request = request(command);
        Constructor<?> responseOf =
                Class.forName(RESPONSE).getConstructor(Class.forName(REQUEST), Answer[].class);
        Object response = responseOf.newInstance(request, new Answer[] {answer});
        byte[] bytes = (byte[]) response.getClass().getMethod("getBytes").invoke(response);
        Object parsed = Class.forName(RESPONSE).getMethod("parse", byte[].class).invoke(null, (Object) bytes);
        Answer[] received = (Answer[]) parsed.getClass().getMethod("getAnswers").invoke(parsed);
        return (A) received[0];
    }

    /** A request from management server 1 to agent 7, stopping on error, as the agent manager builds it. */
    private static Object request(Command command) throws ReflectiveOperationException {
        return Class.forName(REQUEST).getConstructor(long.class, long.class, Command[].class, boolean.class,
                boolean.class).newInstance(7L, 1L, new Command[] {command}, true, true);
    }
}
