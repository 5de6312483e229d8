package org.amparo.standards.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.amparo.countries.Confidence;
import org.amparo.countries.Country;
import org.amparo.countries.CountryPacks;
import org.amparo.countries.Division;
import org.amparo.countries.DivisionPage;
import org.amparo.countries.Evidence;
import org.amparo.countries.Law;
import org.amparo.countries.PackContents;
import org.amparo.countries.PackState;
import org.amparo.countries.PackStatus;
import org.amparo.countries.Pathway;
import org.amparo.countries.QuestionSnapshot;

/** Country packs held in memory; packs come and go as a test says. */
final class FakePacks implements CountryPacks {
    private final Map<String, Country> active = new LinkedHashMap<>();

    void install(Country country) {
        active.put(country.code(), country);
    }

    void remove(String code) {
        active.remove(code);
    }

    /**
     * A fictional pack (code XA): one law, in French, with two provisions, and one trafficking
     * pathway whose second step cites the law's second provision. Texts are message keys that the
     * test's messages define.
     */
    static Country fictional(String revision) {
        Evidence checked = new Evidence(Confidence.V, List.of("https://example.org/xa/law"), LocalDate.of(2026, 1, 15), null);
        Evidence unchecked = new Evidence(Confidence.GK, List.of(), null, "country.xa.note");
        Law law = new Law("law-1", "Loi n° 1 relative à la démonstration", "fr", "1", LocalDate.of(2020, 3, 1), "promulgated",
                "country.xa.law-1.summary", checked, List.of(
                        new Law.Provision("assistance", "assistance", "Art. 4", "country.xa.law-1.assistance", checked),
                        new Law.Provision("reflection", "reflection-period", "Art. 9", "country.xa.law-1.reflection", unchecked)));
        Pathway pathway = new Pathway("trafficking", "trafficking", "country.xa.pathway.trafficking", List.of(
                new Pathway.Step("identification", "country.xa.step.identification", "country.xa.body.police", null, null,
                        List.of(), unchecked),
                new Pathway.Step("reflection", "country.xa.step.reflection", null, 30, "identification",
                        List.of("law-1#reflection"), checked)));
        return new Country("XA", "1.0.0", revision, true, "country.xa.name",
                List.of(new Country.CountryLanguage("fr", true, false, checked)), null, null, List.of(), null, List.of(), 0,
                List.of(law), List.of(pathway), List.of());
    }

    @Override
    public List<PackStatus> packs() {
        List<PackStatus> packs = new ArrayList<>();
        active.values().forEach(c -> packs.add(new PackStatus(c.code(), "org.example.country." + c.code(), 1, c.version(),
                c.revision(), PackState.ACTIVE, List.of(), PackContents.NONE, List.of(), null, Instant.EPOCH)));
        return packs;
    }

    @Override
    public Optional<PackStatus> status(String codeOrBundleId) {
        return packs().stream().filter(p -> p.code().equals(codeOrBundleId)).findFirst();
    }

    @Override
    public Optional<Country> country(String code) {
        return Optional.ofNullable(active.get(code));
    }

    @Override
    public Optional<Country> operatingCountry() {
        return active.size() == 1 ? active.values().stream().findFirst() : Optional.empty();
    }

    @Override
    public DivisionPage divisions(String code, String query, String parentId, int offset, int limit) {
        return new DivisionPage(List.of(), offset, limit, false);
    }

    @Override
    public Optional<Division> division(String code, String id) {
        return Optional.empty();
    }

    @Override
    public Optional<QuestionSnapshot> question(String code, String revision, String questionId) {
        return Optional.empty();
    }
}
