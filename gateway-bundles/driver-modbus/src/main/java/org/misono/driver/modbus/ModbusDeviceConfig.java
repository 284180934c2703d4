package org.misono.driver.modbus;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = "org.misono.driver.modbus", name = "Misono Modbus device",
        description = "A Modbus TCP device the gateway polls, described by a device profile.")
public @interface ModbusDeviceConfig {

    @AttributeDefinition(name = "Device id", description = "Unique on this gateway; part of MQTT topics.")
    String device_id();

    @AttributeDefinition(name = "Profile", description = "Profile id, e.g. misono/mobility-station-12, or id@version.")
    String profile();

    @AttributeDefinition(name = "Host")
    String host();

    @AttributeDefinition(name = "Port", min = "1", max = "65535")
    int port() default 502;

    @AttributeDefinition(name = "Unit id", min = "-1", max = "255",
            description = "Modbus unit (slave) id; -1 takes the profile's.")
    int unit_id() default -1;

    @AttributeDefinition(name = "Poll interval (ms)", min = "100")
    long poll_interval_ms() default 5000;

    @AttributeDefinition(name = "Response timeout (ms)", min = "-1",
            description = "How long to wait for an answer; -1 takes the profile's.")
    int timeout_ms() default -1;
}
