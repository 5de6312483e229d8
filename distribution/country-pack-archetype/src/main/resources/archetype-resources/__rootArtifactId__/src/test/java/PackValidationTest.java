package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.amparo.countries.PackProblem;
import org.amparo.countries.PackReport;
import org.amparo.countries.PackValidator;
import org.junit.jupiter.api.Test;

/**
 * Runs Amparo's own country-pack validator on this pack's files, the check the platform makes when
 * the bundle is installed: a pack that fails here would be refused there.
 */
class PackValidationTest {

    private static final String COUNTRY_CODE = "${countryCode}";

    @Test
    void packHasNoProblems() {
        PackReport report = PackValidator.validate(Path.of("src/main/resources"), COUNTRY_CODE);

        assertTrue(report.valid(), () -> report.problems().size() + " problem(s) in the pack:"
                + report.problems().stream().map(PackProblem::describe)
                        .collect(Collectors.joining(System.lineSeparator() + "  ", System.lineSeparator() + "  ", "")));
        assertEquals(COUNTRY_CODE, report.code(), "the code in amparo/country/country.json");
    }

    @Test
    void manifestCapabilityNamesThisCountry() throws IOException {
        Matcher capability = Pattern.compile("amparo\\.country;\\s*code=([A-Z]{2})\\b")
                .matcher(Files.readString(Path.of("bnd.bnd")));

        assertTrue(capability.find(), "bnd.bnd must declare Provide-Capability: amparo.country;code=" + COUNTRY_CODE);
        assertEquals(COUNTRY_CODE, capability.group(1), "the country code of the capability in bnd.bnd");
    }
}
