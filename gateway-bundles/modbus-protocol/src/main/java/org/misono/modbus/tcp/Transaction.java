package org.misono.modbus.tcp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import org.misono.modbus.ModbusRequest;
import org.misono.modbus.ModbusResponse;
import org.misono.modbus.Pdu;

/** One request of a client connection, from queued through sent to answered, failed or timed out. */
final class Transaction {

    final int unitId;
    final ModbusRequest request;
    final CompletableFuture<ModbusResponse> future = new CompletableFuture<>();
    private final byte[] pdu;
    private int transactionId = -1;
    private ScheduledFuture<?> timeout;

    Transaction(int unitId, ModbusRequest request) {
        this.unitId = unitId;
        this.request = request;
        this.pdu = Pdu.encodeRequest(request);
    }

    /** Called under the connection's lock when the transaction is admitted to the wire. */
    void assign(int transactionId) {
        this.transactionId = transactionId;
    }

    int transactionId() {
        return transactionId;
    }

    byte[] frame() {
        return new MbapFrame(transactionId, unitId, pdu).encode();
    }

    synchronized void armTimeout(ScheduledFuture<?> timeout) {
        this.timeout = timeout;
        if (future.isDone()) {
            timeout.cancel(false);
        }
    }

    synchronized void cancelTimeout() {
        if (timeout != null) {
            timeout.cancel(false);
        }
    }

    @Override
    public String toString() {
        return request + " (unit " + unitId + ", tid " + transactionId + ")";
    }
}
