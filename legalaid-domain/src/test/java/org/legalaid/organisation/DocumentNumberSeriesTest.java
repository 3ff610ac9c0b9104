package org.legalaid.organisation;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.shared.BusinessException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("Document numbers (文号, GB/T 9704-2012 §7.2.4)")
class DocumentNumberSeriesTest {

    @Test
    void numbersRunFromOneEachYear() {
        DocumentNumberSeries s = new DocumentNumberSeries(7, DocumentKind.GRANT_DECISION, 2026, "青北法援决");
        assertEquals(1, s.allocate());
        assertEquals(2, s.allocate());
        assertEquals(3, s.allocate());
        assertEquals(3, s.getLastNumber());
    }

    @Test
    void theNumberCarriesTheYearInHexagonalBracketsWithoutLeadingZeros() {
        DocumentNumberSeries s = new DocumentNumberSeries(7, DocumentKind.GRANT_DECISION, 2026, "青北法援决");
        assertEquals("青北法援决〔2026〕12号", s.format(12));
        assertEquals("青北法援决〔2026〕1号", s.format(s.allocate()));
    }

    @Test
    void withoutASetPrefixTheUnitCodeAndTheKindCodeAreUsed() {
        assertEquals("SHIBEI法援决", DocumentKind.GRANT_DECISION.defaultPrefix("SHIBEI"));
        assertEquals("SHIBEI法援不决", DocumentKind.REFUSAL_DECISION.defaultPrefix("SHIBEI"));
        assertEquals("QD法援函", DocumentKind.AID_LETTER.defaultPrefix("QD"));
    }

    @Test
    void aChangedPrefixAppliesToTheNextNumbers() {
        DocumentNumberSeries s = new DocumentNumberSeries(7, DocumentKind.ASSIGNMENT_NOTICE, 2026, "SB法援指");
        assertEquals("SB法援指〔2026〕1号", s.format(s.allocate()));
        s.changePrefix(" 青北法援指 ");
        assertEquals("青北法援指〔2026〕2号", s.format(s.allocate()));
    }

    @Test
    void refusesEmptyOverlongOrBracketedPrefixes() {
        for (String bad : new String[]{"", "  ", "青北 法援决", "青北法援决〔", "青北法援决(", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"}) {
            BusinessException e = assertThrows(BusinessException.class,
                    () -> new DocumentNumberSeries(7, DocumentKind.GRANT_DECISION, 2026, bad), bad);
            assertEquals("organisation.documentNumber.prefixInvalid", e.messageKey());
        }
    }

    @Test
    @DisplayName("issue 18: a prefix the administrator sets is the 机关代字 in Chinese characters — letters and digits refused with their own message")
    void aSetPrefixIsInChineseCharactersOnly() {
        assertEquals("青南法援决", DocumentNumberSeries.checkOrganPrefix(" 青南法援决 "));
        for (String bad : new String[]{"SN法援决", "青南法援决2", "QD", "青南-法援决", "青南ＳＮ法援决", "决"}) {
            BusinessException e = assertThrows(BusinessException.class, () -> DocumentNumberSeries.checkOrganPrefix(bad), bad);
            assertEquals("organisation.documentNumber.prefixNotChinese", e.messageKey(), bad);
            assertEquals(bad, e.arguments()[0]);
        }
        assertEquals("organisation.documentNumber.prefixInvalid",
                assertThrows(BusinessException.class, () -> DocumentNumberSeries.checkOrganPrefix("青南 法援决")).messageKey());
        DocumentNumberSeries s = new DocumentNumberSeries(7, DocumentKind.GRANT_DECISION, 2026, "SN法援决");
        assertThrows(BusinessException.class, () -> s.changePrefix("SN法援决"), "a change is checked the same way");
    }

    @Test
    void refusesImpossibleYears() {
        assertThrows(BusinessException.class, () -> new DocumentNumberSeries(7, DocumentKind.GRANT_DECISION, 26, "青北法援决"));
        assertThrows(BusinessException.class, () -> new DocumentNumberSeries(7, DocumentKind.GRANT_DECISION, 30000, "青北法援决"));
    }
}
