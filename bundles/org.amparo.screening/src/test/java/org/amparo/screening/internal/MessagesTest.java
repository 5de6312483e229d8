package org.amparo.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.amparo.i18n.internal.ClasspathMessages;
import org.amparo.screening.Determination;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in English, French and Arabic with the same arguments; every key the
 * definition files use has an English text (checked when they load), hence French and Arabic too.
 */
class MessagesTest {

    @Test
    void frenchAndArabicTranslateEveryText() {
        assertThat(ClasspathMessages.translationProblems("screening", "fr", "ar")).isEmpty();
    }

    @Test
    void theKeysTheCodeNamesExistAndEveryProblemHasAText() {
        Map<String, String> english = ClasspathMessages.load("OSGI-INF/amparo/l10n/screening.properties");
        assertThat(english).containsKeys(Determination.NOTICE_KEY, Determination.INDICATIVE_KEY);
        assertThat(english.get(Determination.NOTICE_KEY)).contains("not a legal identification");
        for (String grade : new String[] {"strong", "medium", "weak"}) {
            assertThat(english).containsKey("screening.grade." + grade);
        }
        for (org.amparo.screening.Level level : org.amparo.screening.Level.values()) {
            assertThat(english).containsKey("screening.level." + level.id());
        }
        for (org.amparo.screening.Outcome outcome : org.amparo.screening.Outcome.values()) {
            assertThat(english).containsKey("screening.outcome." + outcome.name());
        }
        for (org.amparo.screening.Rating rating : org.amparo.screening.Rating.values()) {
            assertThat(english).containsKey("screening.rating." + rating.name());
        }
    }

    @Test
    void everyLabelOfTheLoadedDefinitionsHasAnEnglishText() {
        Map<String, String> english = ClasspathMessages.load("OSGI-INF/amparo/l10n/screening.properties");
        var set = Fixtures.current();
        java.util.List<String> keys = new java.util.ArrayList<>();
        set.instruments().forEach(i -> {
            keys.add(i.titleKey());
            i.sections().forEach(s -> keys.add(s.titleKey()));
            i.questions().forEach(q -> {
                keys.add(q.textKey());
                if (q.helpKey() != null) {
                    keys.add(q.helpKey());
                }
                q.options().forEach(o -> keys.add(o.labelKey()));
            });
            i.factors().forEach(f -> keys.add(f.labelKey()));
            i.flags().forEach(f -> keys.add(f.labelKey()));
        });
        set.indicatorLists().forEach(l -> {
            keys.add(l.labelKey());
            keys.add(l.provenanceKey());
            l.dimensions().forEach(d -> keys.add(d.labelKey()));
            l.indicators().forEach(r -> keys.add(r.labelKey()));
        });
        set.taxonomy().services().forEach(s -> keys.add(s.labelKey()));
        set.standards().forEach(s -> keys.add(s.titleKey()));
        assertThat(keys).hasSizeGreaterThan(200).allSatisfy(key -> assertThat(english).containsKey(key));
    }
}
