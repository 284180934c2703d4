package org.misono.fleet.core.ingest;

import java.util.List;
import org.misono.fleet.core.change.Change;

/** What a message decoded into: a change to store, or the reason it was refused. */
public sealed interface Decoded {

    /**
     * @param problems parts of the message that were dropped while the rest was kept, e.g. one broken reading
     *                 among forty good ones
     */
    record Accepted(Change change, List<String> problems) implements Decoded {
        public Accepted {
            problems = List.copyOf(problems);
        }
    }

    record Refused(Refusal.Kind kind, String reason) implements Decoded {
    }
}
