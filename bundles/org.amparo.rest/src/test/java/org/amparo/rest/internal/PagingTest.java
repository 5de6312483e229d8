package org.amparo.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.amparo.common.FieldError;
import org.amparo.common.ValidationException;
import org.junit.jupiter.api.Test;

class PagingTest {
    @Test
    void defaultsToTheFirstFiftyItems() {
        assertThat(Paging.parse(null, null)).isEqualTo(new Paging(0, 50));
        assertThat(Paging.parse("", " ")).isEqualTo(new Paging(0, 50));
    }

    @Test
    void acceptsLimitsFromOneToFiveHundred() {
        assertThat(Paging.parse("20", "1")).isEqualTo(new Paging(20, 1));
        assertThat(Paging.parse("0", "500")).isEqualTo(new Paging(0, 500));
    }

    @Test
    void aLimitOutOfRangeIsA400NamingLimit() {
        for (String limit : new String[] { "0", "501", "-1", "ten", "1.5", "99999999999" }) {
            assertThatThrownBy(() -> Paging.parse("0", limit)).as(limit)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("limit"));
        }
    }

    @Test
    void aBadOffsetIsNamedAndBothBadFieldsAreReportedTogether() {
        assertThatThrownBy(() -> Paging.parse("-5", "1000"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("offset", "limit");
                    assertThat(e.errors().get(1).arguments()).containsExactly(1, 500);
                });
    }
}
