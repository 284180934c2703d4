package org.misono.driver.modbus.poll;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.misono.gateway.api.DeviceEndpoint;
import org.misono.gateway.api.DeviceEvent;
import org.misono.gateway.api.Reading;
import org.misono.gateway.api.Uplink;

/** Keeps what the driver hands over, for assertions. */
final class RecordingUplink implements Uplink {

    final List<List<Reading>> polls = new CopyOnWriteArrayList<>();
    final List<DeviceEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void describe(DeviceEndpoint device) {
    }

    @Override
    public void readings(String deviceId, List<Reading> readings) {
        polls.add(readings);
    }

    @Override
    public void event(String deviceId, DeviceEvent event) {
        events.add(event);
    }

    @Override
    public void forget(String deviceId) {
    }

    List<Reading> lastPoll() {
        return polls.get(polls.size() - 1);
    }
}
