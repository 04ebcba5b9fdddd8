package fr.dmpindicators.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own configuration, under the {@code dmp} prefix. */
@ConfigMapping(prefix = "dmp")
public interface DmpConfig {

    DemoData demoData();

    Batch batch();

    Limits limits();

    Security security();

    /** Who may read and how tokens are trusted. */
    interface Security {
        /** Require the reader role (or producer, admin) to read indicators and reference data. */
        @WithDefault("false")
        boolean readsRequireRole();

        /** Whether the development key may be trusted; false in the production profile. */
        @WithDefault("true")
        boolean devKeyAllowed();
    }

    /** Limits of requests. */
    interface Limits {
        /** The largest request body accepted; larger ones answer 413 with this limit. */
        @WithDefault("16M")
        MemorySize maxBodySize();
    }

    /** The demo dataset loaded on first start. */
    interface DemoData {
        /** Load the demo dataset when the database holds no record. */
        @WithDefault("true")
        boolean enabled();
    }

    /** Limits of batch pushes. */
    interface Batch {
        /** The most items one batch may hold. */
        @WithDefault("10000")
        int maxItems();
    }
}
