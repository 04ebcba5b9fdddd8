package fr.dmpindicators.totals;

/** DMP created, alimented, and how many records were summed. */
public record Sums(long created, long alimented, long records) {

    public static final Sums NONE = new Sums(0, 0, 0);

    public Sums plus(Sums other) {
        return new Sums(created + other.created, alimented + other.alimented, records + other.records);
    }
}
