package org.misono.sim.modbus.cli;

/** Something the person at the command line can fix; its message says what and how, without a stack trace. */
final class UserError extends Exception {

    UserError(String message) {
        super(message);
    }
}
