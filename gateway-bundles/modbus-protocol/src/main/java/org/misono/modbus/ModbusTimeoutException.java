package org.misono.modbus;

import java.util.concurrent.TimeoutException;

/** No response arrived within the response timeout. The link itself may still be fine. */
public class ModbusTimeoutException extends TimeoutException {

    public ModbusTimeoutException(String message) {
        super(message);
    }
}
