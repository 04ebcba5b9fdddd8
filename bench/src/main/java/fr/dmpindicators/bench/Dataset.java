package fr.dmpindicators.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's records, numbered 0 to {@link #capacity()}: every source, day and département from 2005 on, in
 * that order, so that any prefix of the numbering spans the whole period. A record's counts follow from its number,
 * so two passes over the same numbers push the same records.
 */
final class Dataset {

    /** A source of records: a channel, with the practitioner type or the establishment it needs. */
    private record Source(String channel, String practitionerType, boolean establishment) {
    }

    /** One record: its natural key's parts and its counts. */
    record Row(LocalDate date, String territory, String channel, String finess, String practitionerType, long created,
            long alimented) {

        String naturalKey() {
            return date + "|" + territory + "|" + channel + "|" + (finess == null ? "" : finess) + "|"
                    + (practitionerType == null ? "" : practitionerType);
        }
    }

    static final LocalDate FIRST_DAY = LocalDate.of(2005, 1, 1);
    static final int DAYS = 7620;

    private static final List<Source> SOURCES = List.of(new Source("CPAM", null, false),
            new Source("ESTABLISHMENT", null, true), new Source("PRACTITIONER", "GENERAL_PRACTITIONER", false),
            new Source("PATIENT", null, false), new Source("PRACTITIONER", "PHARMACIST", false),
            new Source("AUTOMATIC", null, false), new Source("PRACTITIONER", "NURSE", false),
            new Source("UNKNOWN", null, false), new Source("PRACTITIONER", "SPECIALIST_PHYSICIAN", false),
            new Source("PRACTITIONER", "MIDWIFE", false), new Source("PRACTITIONER", "DENTIST", false),
            new Source("PRACTITIONER", "PHYSIOTHERAPIST", false), new Source("PRACTITIONER", "OTHER", false));

    private final List<String> departements;

    Dataset(Path departementsCsv) throws IOException {
        List<String> lines = Files.readAllLines(departementsCsv);
        departements = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            departements.add(line.substring(0, line.indexOf(',')));
        }
    }

    long capacity() {
        return (long) SOURCES.size() * DAYS * departements.size();
    }

    List<String> departements() {
        return departements;
    }

    Row row(long number) {
        int departement = (int) (number % departements.size());
        long rest = number / departements.size();
        int day = (int) (rest % DAYS);
        Source source = SOURCES.get((int) (rest / DAYS));
        String territory = departements.get(departement);
        long created = 1 + number % 97;
        return new Row(FIRST_DAY.plusDays(day), territory, source.channel(),
                source.establishment() ? finessOf(territory) : null, source.practitionerType(), created,
                created / 3);
    }

    /** The one establishment the benchmark registers in a département: a well-formed FINESS with its Luhn key. */
    static String finessOf(String departement) {
        if (departement.startsWith("2A") || departement.startsWith("2B")) {
            return departement + "0000001";
        }
        String prefix = switch (departement) {
            case "971" -> "9701";
            case "972" -> "9702";
            case "973" -> "9703";
            case "974" -> "9704";
            case "976" -> "9805";
            default -> departement;
        };
        String body = prefix + "0".repeat(8 - prefix.length() - 1) + "1";
        for (int key = 0; key < 10; key++) {
            if (luhn(body + key)) {
                return body + key;
            }
        }
        throw new IllegalStateException("no Luhn key for " + body);
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /** The records numbered from {@code from} (included) to {@code to} (excluded), as a JSON batch body. */
    void writeBatch(long from, long to, OutputStream out) {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.writeStartArray();
            for (long number = from; number < to; number++) {
                writeObject(row(number), json);
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same records as a file for an import job: JSON lines, one record object a line. */
    void writeJsonLines(long from, long to, OutputStream out) {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.setRootValueSeparator(new SerializedString("\n"));
            for (long number = from; number < to; number++) {
                writeObject(row(number), json);
            }
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same records as a CSV file with the batch's columns, header first. */
    void writeCsv(long from, long to, OutputStream out) {
        try (Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            csv.write("date,territory,channel,finess,practitionerType,created,alimented\n");
            for (long number = from; number < to; number++) {
                Row row = row(number);
                csv.write(row.date() + "," + row.territory() + "," + row.channel() + ","
                        + (row.finess() == null ? "" : row.finess()) + ","
                        + (row.practitionerType() == null ? "" : row.practitionerType()) + "," + row.created() + ","
                        + row.alimented() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeObject(Row row, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("date", row.date().toString());
        json.writeStringField("territory", row.territory());
        json.writeStringField("channel", row.channel());
        if (row.finess() != null) {
            json.writeStringField("finess", row.finess());
        }
        if (row.practitionerType() != null) {
            json.writeStringField("practitionerType", row.practitionerType());
        }
        json.writeNumberField("created", row.created());
        json.writeNumberField("alimented", row.alimented());
        json.writeEndObject();
    }
}
