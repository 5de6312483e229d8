package org.amparo.names.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LaoRomanizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            ສົມສັກ,     somsak
            ບຸນມີ,      bounmi
            ສີສຸວັນ,    sisouvan
            ວົງສະຫວັນ,  vongsavan
            ພອນ,       phon
            ແກ້ວ,       kaeo
            ຄຳ,        kham
            ຄໍາ,        kham
            ເພັດ,       phet
            ໄຊ,        xai
            ຈັນທະວົງ,   chanthavong
            ຊຽງຂວາງ,   xiangkhouang
            ນ້ອຍ,       noy
            ດວງ,       douang
            ເມືອງ,      meuang
            ມະນີ,       mani
            ສຸກ,        souk
            ພູມີ,        phoumi
            ແສງ,       saeng
            ໜູ,         nou
            """)
    void romanizes(String lao, String latin) {
        assertThat(LaoRomanizer.romanize(lao)).isEqualTo(latin);
    }
}
