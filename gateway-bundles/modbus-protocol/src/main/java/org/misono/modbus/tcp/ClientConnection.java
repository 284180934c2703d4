package org.misono.modbus.tcp;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.misono.modbus.ModbusFrameException;
import org.misono.modbus.ModbusRequest;
import org.misono.modbus.ModbusResponse;
import org.misono.modbus.ModbusTimeoutException;
import org.misono.modbus.Pdu;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One TCP connection of a {@link ModbusTcpClient}: keeps up to {@code maxInFlight} transactions on the
 * wire, queues the rest, and matches responses by transaction id on a single reader thread. Once it
 * fails it stays failed; the client opens a new one.
 */
final class ClientConnection {

    private static final Logger LOG = LoggerFactory.getLogger(ModbusTcpClient.class);

    private final String peer;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final ModbusTcpClient.Options options;
    private final ScheduledThreadPoolExecutor timer;
    private final Object writeLock = new Object();

    // guarded by this
    private final Map<Integer, Transaction> inFlight = new HashMap<>();
    private final Deque<Transaction> waiting = new ArrayDeque<>();
    private int nextTransactionId = 1;
    private Exception failure;

    ClientConnection(Socket socket, String peer, ModbusTcpClient.Options options) throws IOException {
        this.socket = socket;
        this.peer = peer;
        this.options = options;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
        this.timer = new ScheduledThreadPoolExecutor(1, new DaemonThreads("misono-modbus-timeouts-" + peer));
        timer.setRemoveOnCancelPolicy(true);
        DaemonThreads.start("misono-modbus-reader-" + peer, this::readLoop);
    }

    synchronized boolean isOpen() {
        return failure == null;
    }

    CompletableFuture<ModbusResponse> send(int unitId, ModbusRequest request) {
        Transaction t = new Transaction(unitId, request);
        List<Transaction> ready;
        synchronized (this) {
            if (failure != null) {
                return CompletableFuture.failedFuture(new IOException("not connected to " + peer + ": "
                        + failure.getMessage(), failure));
            }
            waiting.add(t);
            ready = admit();
        }
        transmit(ready);
        return t.future;
    }

    void close() {
        fail(new IOException("connection to " + peer + " closed by the client"), false);
    }

    /** Moves queued transactions onto the wire while there is room. Caller holds the lock. */
    private List<Transaction> admit() {
        List<Transaction> ready = new ArrayList<>();
        while (inFlight.size() < options.maxInFlight() && !waiting.isEmpty()) {
            Transaction t = waiting.poll();
            int tid;
            do {
                tid = nextTransactionId;
                nextTransactionId = (nextTransactionId + 1) & 0xFFFF;
            } while (inFlight.containsKey(tid));
            t.assign(tid);
            inFlight.put(tid, t);
            ready.add(t);
        }
        return ready;
    }

    private void transmit(List<Transaction> ready) {
        for (Transaction t : ready) {
            try {
                t.armTimeout(timer.schedule(() -> timedOut(t), options.responseTimeout().toNanos(),
                        TimeUnit.NANOSECONDS));
            } catch (RejectedExecutionException closedMeanwhile) {
                return; // fail() has completed every admitted transaction, this one included
            }
            try {
                synchronized (writeLock) {
                    out.write(t.frame());
                    out.flush();
                }
            } catch (IOException e) {
                fail(new IOException("cannot send to " + peer + ": " + e.getMessage(), e), true);
                return;
            }
        }
    }

    private void timedOut(Transaction t) {
        List<Transaction> ready;
        synchronized (this) {
            if (!inFlight.remove(t.transactionId(), t)) {
                return;
            }
            ready = admit();
        }
        t.future.completeExceptionally(new ModbusTimeoutException("no response from " + peer + " to " + t
                + " within " + options.responseTimeout().toMillis() + " ms"));
        transmit(ready);
    }

    private void readLoop() {
        try {
            while (true) {
                received(MbapFrame.read(in));
            }
        } catch (ModbusFrameException e) {
            fail(new ModbusFrameException("unreadable response from " + peer + ", connection closed: "
                    + e.getMessage(), e), true);
        } catch (EOFException e) {
            fail(new IOException("connection closed by " + peer), true);
        } catch (IOException e) {
            fail(new IOException("connection to " + peer + " lost: " + e.getMessage(), e), true);
        } catch (RuntimeException e) {
            LOG.error("Modbus reader for {} failed", peer, e);
            fail(new IOException("reader for " + peer + " failed: " + e, e), true);
        }
    }

    private void received(MbapFrame frame) throws ModbusFrameException {
        Transaction t;
        synchronized (this) {
            t = inFlight.get(frame.transactionId());
        }
        if (t == null) {
            // most often an answer that came after its request had timed out
            LOG.debug("{} answered transaction {}, which no request waits for; ignored", peer, frame.transactionId());
            return;
        }
        if (frame.unitId() != t.unitId) {
            throw new ModbusFrameException("answer to " + t + " comes from unit " + frame.unitId());
        }
        ModbusResponse response;
        try {
            response = Pdu.decodeResponse(t.request, frame.pdu());
        } catch (ModbusFrameException e) {
            throw new ModbusFrameException("answer to " + t + ": " + e.getMessage(), e);
        }
        List<Transaction> ready;
        synchronized (this) {
            if (!inFlight.remove(frame.transactionId(), t)) {
                return; // timed out while we decoded
            }
            ready = admit();
        }
        t.cancelTimeout();
        t.future.complete(response);
        transmit(ready);
    }

    /**
     * Closes the connection for good and fails everything outstanding at once: transactions on the wire
     * with the cause, queued ones with an IOException saying they were never sent.
     */
    private void fail(Exception cause, boolean unexpected) {
        List<Transaction> sent;
        List<Transaction> unsent;
        synchronized (this) {
            if (failure != null) {
                return;
            }
            failure = cause;
            sent = new ArrayList<>(inFlight.values());
            unsent = new ArrayList<>(waiting);
            inFlight.clear();
            waiting.clear();
        }
        if (unexpected) {
            LOG.warn("{}; {} request(s) failed", cause.getMessage(), sent.size() + unsent.size());
        }
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("closing socket to {}", peer, e);
        }
        timer.shutdownNow();
        for (Transaction t : sent) {
            t.cancelTimeout();
            t.future.completeExceptionally(cause);
        }
        for (Transaction t : unsent) {
            t.future.completeExceptionally(new IOException(t + " not sent: " + cause.getMessage(), cause));
        }
    }
}
