package org.amparo.cases.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.amparo.names.DuplicateScorer;
import org.amparo.names.Match;
import org.amparo.names.NameKeys;
import org.amparo.names.PersonDescriptor;
import org.amparo.names.Transliteration;

/**
 * The name matcher of the platform: {@code org.amparo.names} (ICU transliteration, phonetic name
 * keys, the duplicate scorer). A reason is the message key of the names bundle's reason label.
 */
final class NamesLibraryMatcher implements NameMatcher {
    @Override
    public String toLatin(String name) {
        return Transliteration.toLatin(name);
    }

    @Override
    public Set<String> keys(String name) {
        return NameKeys.of(name);
    }

    @Override
    public Optional<Likeness> compare(Descriptor a, Descriptor b) {
        Match match = DuplicateScorer.score(descriptor(a), descriptor(b));
        if (!match.possibleDuplicate()) {
            return Optional.empty();
        }
        List<String> reasons = match.reasons().stream().map(r -> r.code().messageKey()).distinct().toList();
        return Optional.of(new Likeness(match.score(), reasons));
    }

    private static PersonDescriptor descriptor(Descriptor d) {
        return new PersonDescriptor(d.names(), d.dateOfBirth(), d.dateOfBirthEstimated(),
                d.nationality() == null || d.nationality().isEmpty() ? null : d.nationality());
    }
}
