package org.misono.gateway.core.identity;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = "org.misono.gateway", name = "Misono gateway",
        description = "Who this gateway is and where it finds device profiles.")
public @interface GatewayConfig {

    @AttributeDefinition(name = "Gateway id", description = "Unique within the tenant; part of every MQTT topic.")
    String gateway_id();

    @AttributeDefinition(name = "Tenant", description = "The municipality this gateway belongs to.")
    String tenant();

    @AttributeDefinition(name = "Profiles folder",
            description = "Folder with device profile files (YAML or JSON), searched recursively.")
    String profiles_dir() default "profiles";
}
