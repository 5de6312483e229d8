package org.amparo.standards;

/**
 * What to browse or search within; a {@code null} part means "any".
 *
 * @param topic a topic code, or {@code null}
 * @param audience an audience code, or {@code null}
 * @param country a country code (any case), {@link #INTERNATIONAL} for international items only, or
 *        {@code null}
 * @param type an item type, or {@code null}
 * @since 1.0
 */
public record LibraryFilter(String topic, String audience, String country, ItemType type) {
    /** The {@link #country} value that selects the international items. */
    public static final String INTERNATIONAL = "international";

    /** No restriction. */
    public static final LibraryFilter ALL = new LibraryFilter(null, null, null, null);

    /** True when {@code item} passes this filter. */
    public boolean accepts(LibraryItem item) {
        if (topic != null && !item.topics().contains(topic)) {
            return false;
        }
        if (audience != null && !item.audiences().contains(audience)) {
            return false;
        }
        if (type != null && item.type() != type) {
            return false;
        }
        if (country != null) {
            if (INTERNATIONAL.equals(country)) {
                return item.country() == null;
            }
            return country.equalsIgnoreCase(item.country());
        }
        return true;
    }
}
