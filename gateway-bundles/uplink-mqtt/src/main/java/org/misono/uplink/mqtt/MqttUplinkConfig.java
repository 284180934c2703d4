package org.misono.uplink.mqtt;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = "org.misono.uplink.mqtt", name = "Misono MQTT uplink",
        description = "How the gateway reaches its MQTT broker (fleet manager or city OS).")
public @interface MqttUplinkConfig {

    @AttributeDefinition(name = "Broker URL", description = "tcp://host:port or ssl://host:port")
    String broker_url();

    @AttributeDefinition(name = "Username", required = false)
    String username() default "";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, required = false)
    String _password() default "";

    @AttributeDefinition(name = "Heartbeat interval (s)", min = "1",
            description = "Seconds between heartbeats; receivers mark the gateway offline after missing several.")
    int heartbeat_seconds() default 30;

    @AttributeDefinition(name = "Keep-alive (s)", min = "5",
            description = "MQTT keep-alive; the broker publishes the last will after 1.5 times this of silence.")
    int keepalive_seconds() default 30;

    @AttributeDefinition(name = "Queue capacity (messages)", min = "1",
            description = "Messages held while the broker is unreachable; the oldest are dropped and counted beyond it.")
    int queue_capacity() default 10000;
}
