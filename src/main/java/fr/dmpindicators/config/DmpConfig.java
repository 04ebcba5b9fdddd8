package fr.dmpindicators.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The service's own configuration, under the {@code dmp} prefix. */
@ConfigMapping(prefix = "dmp")
public interface DmpConfig {

    DemoData demoData();

    Batch batch();

    Limits limits();

    Security security();

    RateLimit rateLimit();

    Completeness completeness();

    Imports imports();

    /**
     * Requests each client may send per period, reads (GET, HEAD) and writes counted apart; a client is the verified
     * token's subject, or the remote address for a request without a valid token.
     */
    interface RateLimit {
        /** Whether clients are limited at all. */
        @WithDefault("true")
        boolean enabled();

        /** The period of the allowances below; a spent allowance is given back whole when it is over. */
        @WithDefault("1M")
        @WithConverter(AtLeastASecond.class)
        Duration period();

        /** Reads one client may send per period. */
        @WithDefault("6000")
        @WithConverter(AtLeastOne.class)
        int reads();

        /** Writes one client may send per period. */
        @WithDefault("600")
        @WithConverter(AtLeastOne.class)
        int writes();

        /** The most clients tracked at once; the least recently seen are forgotten first. */
        @WithDefault("100000")
        @WithConverter(AtLeastOne.class)
        int maxClients();
    }

    /** Who may read and how tokens are trusted. */
    interface Security {
        /** Require the reader role (or producer, admin) to read indicators and reference data. */
        @WithDefault("false")
        boolean readsRequireRole();

        /** This installation's own token key, trusted only when no identity provider is configured. */
        LocalKey localKey();
    }

    /** The token key an installation without an identity provider generates for itself (InstallationKeySource). */
    interface LocalKey {
        /** Where the pair is kept unless configured: beside the embedded database. */
        String DEFAULT_DIR = "data/keys";

        /** Generate and trust a local key when no provider is configured; false in the production profile. */
        @WithDefault("true")
        boolean enabled();

        /** The folder holding the pair, relative to the working directory (beside the embedded database). */
        @WithDefault(DEFAULT_DIR)
        String dir();
    }

    /** Limits of requests. */
    interface Limits {
        /** The largest request body accepted; larger ones answer 413 with this limit. */
        @WithDefault("16M")
        MemorySize maxBodySize();

        /** The longest request target (path and query) accepted; longer ones answer 414 with this limit. */
        @WithDefault("8192")
        int maxUrlLength();

        /** The largest total size of the request headers accepted; larger ones answer 431 with this limit. */
        @WithDefault("16K")
        MemorySize maxHeaderSize();
    }

    /** The demo dataset loaded on first start. */
    interface DemoData {
        /** Load the demo dataset when the database holds no record. */
        @WithDefault("true")
        boolean enabled();
    }

    /** Limits of batch pushes. */
    interface Batch {
        /** The most items one batch may hold, and the chunk an import or the demo load writes at a time. */
        @WithDefault("10000")
        @WithConverter(AtLeastOne.class)
        int maxItems();
    }

    /** The completeness of the feeds. */
    interface Completeness {
        /** A territory without data in this many days up to asOf is late. */
        @WithDefault("7")
        @WithConverter(AtLeastOne.class)
        int lateAfterDays();
    }

    /** Whole files imported as jobs (POST /api/v1/imports). */
    interface Imports {
        /** The path files are uploaded to; its bodies are limited by {@link #maxFileSize}, not the body limit. */
        String PATH = "/api/v1/imports";

        /** The largest file accepted; larger ones answer 413 with this limit. */
        @WithDefault("2G")
        MemorySize maxFileSize();

        /** Where files wait for their job, relative to the working directory (beside the embedded database). */
        @WithDefault("data/imports")
        String dir();

        /**
         * The longest a job's storing transaction may last: a whole file is stored in one transaction, so that a
         * job is never half applied.
         */
        @WithDefault("4H")
        @WithConverter(AtLeastASecond.class)
        Duration transactionTimeout();
    }
}
