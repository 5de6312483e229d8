package org.amparo.i18n.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.amparo.common.LanguageTag;
import org.junit.jupiter.api.Test;

class MessageCatalogTest {
    private final MessageCatalog catalog = new MessageCatalog();

    @Test
    void fallsBackFromRegionToLanguageToEnglish() {
        catalog.put(1, Map.of("", Map.of("a", "Hello {0}", "b", "Only English"),
                "pt", Map.of("a", "Olá {0}"),
                "pt-BR", Map.of("a", "Oi {0}")));
        assertThat(catalog.get(LanguageTag.of("pt-BR"), "a", "Ana")).isEqualTo("Oi Ana");
        assertThat(catalog.get(LanguageTag.of("pt-PT"), "a", "Ana")).isEqualTo("Olá Ana");
        assertThat(catalog.get(LanguageTag.of("pt-BR"), "b")).isEqualTo("Only English");
        assertThat(catalog.get(LanguageTag.of("fr"), "missing")).isEqualTo("[missing]");
    }

    @Test
    void aLanguageBundleAddsALanguageAndTakesItAwayAgain() {
        catalog.put(1, Map.of("", Map.of("a", "Yes")));
        assertThat(catalog.languages()).containsExactly(LanguageTag.ENGLISH);
        catalog.put(2, Map.of("lo", Map.of("a", "ແມ່ນ")));
        assertThat(catalog.languages()).containsExactly(LanguageTag.ENGLISH, LanguageTag.of("lo"));
        assertThat(catalog.get(LanguageTag.of("lo"), "a")).isEqualTo("ແມ່ນ");
        catalog.remove(2);
        assertThat(catalog.get(LanguageTag.of("lo"), "a")).isEqualTo("Yes");
        assertThat(catalog.missingIn("lo")).containsExactly("a");
    }

    @Test
    void formatsNumberedArgumentsAndLeavesApostrophesAlone() {
        assertThat(MessageCatalog.format("l'utilisateur {0} a {1} essais {x}", "ana", 3)).isEqualTo("l'utilisateur ana a 3 essais {x}");
        assertThat(MessageCatalog.format("{2} missing", "a")).isEqualTo("{2} missing");
    }

    @Test
    void namesTheLanguageOfAFile() {
        assertThat(BundleMessages.languageOf("web.properties")).isEmpty();
        assertThat(BundleMessages.languageOf("web_ar.properties")).isEqualTo("ar");
        assertThat(BundleMessages.languageOf("web_pt_BR.properties")).isEqualTo("pt-BR");
        assertThat(BundleMessages.languageOf("web_en.properties")).isEmpty();
    }
}
