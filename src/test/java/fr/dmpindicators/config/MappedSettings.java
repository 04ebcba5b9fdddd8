package fr.dmpindicators.config;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;

/** One setting read through a group of {@link DmpConfig} as the service reads it, with no Quarkus, and its refusals. */
final class MappedSettings {

    private MappedSettings() {
    }

    /** The group under its prefix, with one key of it set; a refused value throws here. */
    static <T> T read(Class<T> group, String prefix, String key, String value) {
        return new SmallRyeConfigBuilder()
                .withMapping(group, prefix)
                .withSources(new PropertiesConfigSource(Map.of(prefix + "." + key, value), "test", 500))
                .build().getConfigMapping(group, prefix);
    }

    /** The messages of a refusal and of every cause under it, one a line: what an operator reads when a start stops. */
    static String causes(Throwable thrown) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
