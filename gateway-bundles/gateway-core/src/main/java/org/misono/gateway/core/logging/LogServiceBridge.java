package org.misono.gateway.core.logging;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the framework's bundles log to the OSGi Log Service (Felix SCR, for one: a component that
 * fails to activate is reported there) to the gateway's log, where a technician looks.
 */
@Component(immediate = true)
public class LogServiceBridge implements LogListener {

    @Reference(policy = ReferencePolicy.DYNAMIC)
    void addReader(LogReaderService reader) {
        reader.addLogListener(this);
    }

    void removeReader(LogReaderService reader) {
        reader.removeLogListener(this);
    }

    @Override
    public void logged(LogEntry entry) {
        String name = entry.getLoggerName() != null ? entry.getLoggerName() : entry.getBundle().getSymbolicName();
        Logger log = LoggerFactory.getLogger(name);
        String message = entry.getMessage();
        Throwable error = entry.getException();
        // the framework logs every bundle and service event; useful when debugging, noise otherwise
        if (name.startsWith("Events.")) {
            log.debug(message, error);
            return;
        }
        switch (entry.getLogLevel()) {
            case AUDIT, ERROR -> log.error(message, error);
            case WARN -> log.warn(message, error);
            case INFO -> log.info(message, error);
            default -> log.debug(message, error);
        }
    }
}
