// Mirrors apache/cloudstack utils/src/main/java/com/cloud/utils/fsm/StateMachine2.java (4.22)
package com.cloud.utils.fsm;

import java.util.ArrayList;
import java.util.List;

public class StateMachine2<S, E, V extends StateObject<S>> {
    private final List<StateListener<S, E, V>> _listeners = new ArrayList<>();

    public StateMachine2() {
    }

    public boolean registerListener(StateListener<S, E, V> listener) {
        synchronized (_listeners) {
            return _listeners.add(listener);
        }
    }

    public static class Transition<S, E> {
        private S currentState;
        private E event;
        private S toState;

        public Transition(S currentState, E event, S toState, List<Impact> impacts) {
            this.currentState = currentState;
            this.event = event;
            this.toState = toState;
        }

        public S getCurrentState() {
            return currentState;
        }

        public E getEvent() {
            return event;
        }

        public S getToState() {
            return toState;
        }

        public static enum Impact {
            USAGE
        }
    }
}
