package org.misono.gateway.core.identity;

import org.misono.gateway.api.ConfigurationPids;
import org.misono.gateway.api.GatewayIdentity;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/** The gateway's identity from its configuration; the firmware version is the framework's to tell. */
@Designate(ocd = GatewayConfig.class)
@Component(configurationPid = ConfigurationPids.GATEWAY, configurationPolicy = ConfigurationPolicy.REQUIRE)
public class GatewayIdentityComponent implements GatewayIdentity {

    /** Set by the launcher from the release it runs; falls back to this bundle's version. */
    public static final String FIRMWARE_PROPERTY = "misono.firmware.version";

    private String gatewayId;
    private String tenant;
    private String firmware;

    @Activate
    void activate(GatewayConfig config, BundleContext context) {
        gatewayId = config.gateway_id();
        tenant = config.tenant();
        String fromLauncher = context.getProperty(FIRMWARE_PROPERTY);
        firmware = fromLauncher != null ? fromLauncher : context.getBundle().getVersion().toString();
    }

    @Override
    public String gatewayId() {
        return gatewayId;
    }

    @Override
    public String tenant() {
        return tenant;
    }

    @Override
    public String firmwareVersion() {
        return firmware;
    }
}
