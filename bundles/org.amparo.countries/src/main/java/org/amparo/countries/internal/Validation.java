package org.amparo.countries.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;

import org.amparo.countries.PackReport;
import org.amparo.datafile.JsonNode;

/** Entry points of {@link org.amparo.countries.PackValidator}. */
public final class Validation {
    private Validation() {
    }

    public static PackReport validate(Path root, String capabilityCode, LocalDate today) {
        PackSource source = PackSource.of(root);
        String code = capabilityCode == null ? codeIn(source) : capabilityCode;
        PackParser.Result result = new PackParser(source, today).parse(code, "0.0.0");
        return new PackReport(code, result.problems());
    }

    public static PackReport validateSeed(Path root) {
        return new PackReport(null, new CatalogSeedReader(PackSource.of(root)).read().problems());
    }

    /** The {@code code} member of country.json, or null; parse problems are reported by the full parse. */
    private static String codeIn(PackSource source) {
        try (InputStream in = source.open(PackParser.COUNTRY)) {
            if (in != null && JsonNode.read(in) instanceof JsonNode.Obj obj
                    && obj.members().get("code") instanceof JsonNode.Scalar s && s.value() instanceof String code) {
                return code;
            }
        } catch (java.io.IOException | JsonNode.SyntaxError e) {
            return null;
        }
        return null;
    }
}
