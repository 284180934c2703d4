package org.misono.fleet.mqtt.broker;

import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;

/**
 * HiveMQ refuses every client unless an extension authenticates them. Until gateways get credentials, the
 * embedded broker lets any client in; it is meant for a trusted network or a demo.
 */
final class AllowAllClients implements ExtensionMain {

    private AllowAllClients() {
    }

    static EmbeddedExtension extension() {
        return EmbeddedExtension.builder()
                .withId("misono-allow-all")
                .withName("Misono: allow all clients")
                .withVersion("1")
                .withAuthor("Misono")
                .withPriority(0)
                .withStartPriority(1000)
                .withExtensionMain(new AllowAllClients())
                .build();
    }

    @Override
    public void extensionStart(ExtensionStartInput input, ExtensionStartOutput output) {
        SimpleAuthenticator allowAll = (authInput, authOutput) -> authOutput.authenticateSuccessfully();
        Services.securityRegistry().setAuthenticatorProvider(providerInput -> allowAll);
    }

    @Override
    public void extensionStop(ExtensionStopInput input, ExtensionStopOutput output) {
        // nothing to release
    }
}
