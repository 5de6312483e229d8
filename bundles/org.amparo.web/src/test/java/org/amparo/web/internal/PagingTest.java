package org.amparo.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class PagingTest {
    @Test
    void pageNumbersFromInputAreClampedToWhatExists() {
        assertThat(Paging.of(Optional.of("3"), 25, 120).offset()).isEqualTo(50);
        assertThat(Paging.of(Optional.of("99"), 25, 120).page()).isEqualTo(5);
        assertThat(Paging.of(Optional.of("0"), 25, 120).page()).isEqualTo(1);
        assertThat(Paging.of(Optional.of("-2"), 25, 120).page()).isEqualTo(1);
        assertThat(Paging.of(Optional.of("abc"), 25, 120).page()).isEqualTo(1);
        assertThat(Paging.of(Optional.of("99999999999999"), 25, 120).page()).isEqualTo(1);
        assertThat(Paging.of(Optional.empty(), 25, 0).page()).isEqualTo(1);
    }

    @Test
    void describesWhatIsShown() {
        Paging paging = Paging.of(Optional.of("5"), 25, 120);
        assertThat(paging.firstShown()).isEqualTo(101);
        assertThat(paging.lastShown()).isEqualTo(120);
        assertThat(paging.hasPrevious()).isTrue();
        assertThat(paging.hasNext()).isFalse();
        assertThat(Paging.of(Optional.empty(), 25, 0).firstShown()).isZero();
    }
}
