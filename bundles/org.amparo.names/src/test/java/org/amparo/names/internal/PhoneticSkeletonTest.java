package org.amparo.names.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneticSkeletonTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            mohammed,    mhmd
            muhammad,    mhmd
            mukhammed,   mhmd
            mhmd,        mhmd
            alexander,   lksndr
            aleksandr,   lksndr
            fatimah,     ftm
            sisouvanh,   ssvn
            xai,         s
            somsack,     smsk
            cherif,      srf
            sharif,      srf
            khadidja,    hdj
            khadija,     hdj
            conceicao,   knsk
            gnavong,     nvng
            shchukin,    skn
            aya,         ''
            """)
    void skeleton(String word, String skeleton) {
        assertThat(PhoneticSkeleton.of(word)).isEqualTo(skeleton == null ? "" : skeleton);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
            bcdfgklmnprstvzbcdfgklmnprstvzbcdfgklmnprstvzbcdfgklmnprstvz
            """)
    void isAtMostMaxLength(String word) {
        assertThat(PhoneticSkeleton.of(word).length()).isLessThanOrEqualTo(PhoneticSkeleton.MAX_LENGTH);
    }
}
