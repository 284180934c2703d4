package org.misono.uplink.mqtt;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Messages on their way to the broker, bounded so a long outage cannot exhaust memory. When full,
 * the oldest message goes and is counted, so the loss is reported instead of silent.
 */
final class OutboundQueue {

    private final int capacity;
    private final Deque<OutboundMessage> messages = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private long bytes;
    private long dropped;

    OutboundQueue(int capacity) {
        this.capacity = capacity;
    }

    void add(OutboundMessage m) {
        lock.lock();
        try {
            if (messages.size() >= capacity) {
                OutboundMessage oldest = messages.removeFirst();
                bytes -= oldest.payload().length;
                dropped++;
            }
            messages.addLast(m);
            bytes += m.payload().length;
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    /** The oldest message, left in place until {@link #remove} confirms it was delivered. */
    OutboundMessage peek(long timeout, TimeUnit unit) throws InterruptedException {
        lock.lock();
        try {
            long nanos = unit.toNanos(timeout);
            while (messages.isEmpty()) {
                if (nanos <= 0) {
                    return null;
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            return messages.peekFirst();
        } finally {
            lock.unlock();
        }
    }

    /** Removes the message if it is still the oldest (it may have been dropped meanwhile). */
    void remove(OutboundMessage m) {
        lock.lock();
        try {
            if (messages.peekFirst() == m) {
                messages.removeFirst();
                bytes -= m.payload().length;
            }
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return messages.size();
        } finally {
            lock.unlock();
        }
    }

    long bytes() {
        lock.lock();
        try {
            return bytes;
        } finally {
            lock.unlock();
        }
    }

    long dropped() {
        lock.lock();
        try {
            return dropped;
        } finally {
            lock.unlock();
        }
    }
}
