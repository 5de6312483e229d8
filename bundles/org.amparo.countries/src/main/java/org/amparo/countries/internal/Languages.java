package org.amparo.countries.internal;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** Language codes a pack may use: well-formed BCP 47 whose language the runtime's CLDR data names. */
final class Languages {
    private Languages() {
    }

    static boolean known(String tag) {
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            return false;
        }
        String language = locale.getLanguage();
        return !language.isEmpty() && !language.equals(locale.getDisplayLanguage(Locale.ENGLISH));
    }
}
