package fr.dmpindicators.config;

import org.eclipse.microprofile.config.spi.Converter;

/**
 * Reads a whole number of at least 1, refusing any other at startup with the value in the message. A converter rather
 * than a bean-validation constraint on {@link DmpConfig}: one constraint there made Quarkus build a validator for the
 * configuration before anything else, about 0.4 s of every start.
 */
public class AtLeastOne implements Converter<Integer> {

    @Override
    public Integer convert(String value) {
        int number = Integer.parseInt(value.trim());
        if (number < 1) {
            throw new IllegalArgumentException("must be at least 1, not " + number);
        }
        return number;
    }
}
