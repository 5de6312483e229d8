package org.amparo.shell.internal;

import java.util.Locale;
import java.util.Map;

import org.amparo.countries.CatalogSeed;
import org.amparo.countries.Country;
import org.amparo.countries.CountryPacks;
import org.amparo.countries.Evidence;
import org.amparo.countries.Law;
import org.amparo.countries.PackProblem;
import org.amparo.countries.PackStatus;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code amparo:country-info CODE|BUNDLE-ID}: one pack in detail. For a refused pack, every
 * problem with file, line, field and reason; for an active one, what it carries and how well each
 * fact is sourced.
 */
@Command(scope = "amparo", name = "country-info", description = "Shows one country pack: its content, or why it was refused")
@Service
public class CountryInfoCommand extends AmparoAction {
    @Reference
    CountryPacks packs;

    /** The screening instruments, when installed: to say whether the pack's screening additions are used. */
    @Reference(optional = true)
    org.amparo.screening.Instruments instruments;

    @Argument(index = 0, name = "pack", description = "The country code (e.g. MA) or, for a pack without a code, its bundle id", required = true)
    @Completion(CountryCompleter.class)
    String pack;

    @Override
    void run() {
        PackStatus status = packs.status(pack).orElseThrow(() -> failure("shell.country.unknown", pack));
        say("shell.country.header", status.code() == null ? "-" : status.code(), status.symbolicName(), status.version(),
                text("shell.country.state." + status.state().name().toLowerCase(Locale.ROOT)),
                status.bundleId() < 0 ? "-" : String.valueOf(status.bundleId()));
        switch (status.state()) {
            case REFUSED -> {
                say("shell.country.refused", status.problems().size());
                problems(status.problems());
            }
            case LOADING -> say("shell.country.loading");
            case REMOVED -> say("shell.country.removed", status.changedAt(), status.revision());
            case ACTIVE -> active(status);
            default -> throw new IllegalStateException(status.state().name());
        }
    }

    private void problems(java.util.List<PackProblem> problems) {
        for (PackProblem problem : problems) {
            session.getConsole().println("  " + problem.location() + ": " + text(problem.reasonKey(), problem.arguments().toArray()));
        }
    }

    private void active(PackStatus status) {
        Country country = packs.country(status.code()).orElseThrow(() -> failure("shell.country.unknown", pack));
        say("shell.country.name", text(country.nameKey()), country.revision());
        if (country.fictional()) {
            say("shell.country.fictional");
        }
        var c = status.contents();
        say("shell.country.contents", c.laws(), c.provisions(), c.pathways(), c.pathwaySteps(), c.questions(), c.hotlines(),
                c.divisions());
        if (country.ageOfMajority() != null) {
            say("shell.country.majority", country.ageOfMajority().value(), evidence(country.ageOfMajority().evidence()));
        }
        if (country.coordinatingBody() != null) {
            say("shell.country.body", text(country.coordinatingBody().nameKey()), evidence(country.coordinatingBody().evidence()));
        }
        if (country.hotlines().isEmpty()) {
            say("shell.country.noHotlines", country.hotlinesNoteKey() == null ? "" : text(country.hotlinesNoteKey()));
        }
        for (Country.Hotline hotline : country.hotlines()) {
            say("shell.country.hotline", text(hotline.nameKey()), hotline.number(), evidence(hotline.evidence()));
        }
        for (Law law : country.laws()) {
            say("shell.country.law", law.title(), law.date(), evidence(law.evidence()));
            for (Law.Provision provision : law.provisions()) {
                say("shell.country.provision", provision.citation(), provision.topic(), evidence(provision.evidence()));
            }
        }
        say("shell.country.translations", status.translations().isEmpty() ? "-" : String.join(", ", status.translations()));
        CatalogSeed seed = status.catalogSeed();
        if (seed == null) {
            say("shell.country.noSeed");
        } else if (seed.valid()) {
            StringBuilder rows = new StringBuilder();
            for (Map.Entry<String, Integer> entry : new java.util.TreeMap<>(seed.rows()).entrySet()) {
                rows.append(rows.length() == 0 ? "" : ", ").append(entry.getKey()).append(' ').append(entry.getValue());
            }
            say("shell.country.seed", seed.symbolicName(), rows);
        } else {
            say("shell.country.seedRefused", seed.symbolicName(), seed.problems().size());
            problems(seed.problems());
        }
        if (instruments != null) {
            java.util.List<org.amparo.screening.ScreeningProblem> left = instruments.nationalProblems(status.code(), country.revision());
            if (!left.isEmpty()) {
                say("shell.country.screeningLeftOut", left.size());
                for (org.amparo.screening.ScreeningProblem problem : left) {
                    session.getConsole().println("  " + problem.file() + ":" + problem.line() + " " + problem.field() + ": "
                            + text(problem.reasonKey(), problem.arguments().toArray()));
                }
            }
        }
    }

    private String evidence(Evidence evidence) {
        String label = text("shell.country.confidence." + evidence.confidence().name().toLowerCase(Locale.ROOT));
        return evidence.sources().isEmpty() ? label : label + " " + String.join(" ", evidence.sources());
    }
}
