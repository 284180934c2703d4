package org.misono.gateway.update.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = "org.misono.update", name = "Misono update agent",
        description = "Which releases the gateway accepts and how it decides to keep one.")
public @interface UpdateAgentConfig {

    @AttributeDefinition(name = "Trusted keys folder", required = false,
            description = "Folder of Ed25519 public keys (*.pem) whose signatures the gateway accepts; "
                    + "empty: trusted-keys beside the gateway configuration file.")
    String trusted_keys_dir() default "";

    @AttributeDefinition(name = "Trial window (s)", min = "30",
            description = "How long a new release has to prove it is healthy before the gateway rolls it back.")
    int trial_seconds() default 300;

    @AttributeDefinition(name = "Healthy for (s)", min = "1",
            description = "How long the gateway must stay healthy in a row before a new release is kept.")
    int stable_seconds() default 10;

    @AttributeDefinition(name = "Download attempts", min = "1")
    int download_attempts() default 20;
}
