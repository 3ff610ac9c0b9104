package org.legalaid.funding;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * 大写金额 as vouchers write them (中国人民银行《支付结算办法》附件一《正确填写票据和结算凭证的基本规定》):
 * 整 after 元 (and after 角) when there are no 分; one 零 for a run of zeros inside the number; 零 after
 * 元 when 角 is zero and 分 is not.
 */
@DisplayName("大写金额: an amount in Chinese capitals as a voucher writes it")
class ChineseAmountTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "0.05, 人民币伍分",
            "10.10, 人民币壹拾元壹角整",
            "100000000.00, 人民币壹亿元整",
            "1200, 人民币壹仟贰佰元整",
            "1005.05, 人民币壹仟零伍元零伍分",
            "100001, 人民币壹拾万零壹元整",
            "0, 人民币零元整",
            "0.50, 人民币伍角整",
            "20000.07, 人民币贰万元零柒分",
    })
    @DisplayName("writes the amounts of issue 13 and the voucher rules")
    void writesAmountInCapitals(String amount, String capitals) {
        assertEquals(capitals, ChineseAmount.of(new BigDecimal(amount)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "1010.00, 人民币壹仟零壹拾元整",
            "1000010.00, 人民币壹佰万零壹拾元整",
            "100010000.00, 人民币壹亿零壹万元整",
            "100000.00, 人民币壹拾万元整",
            "3.45, 人民币叁元肆角伍分",
            "60.08, 人民币陆拾元零捌分",
            "999999999999.99, 人民币玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
    })
    @DisplayName("one 零 stands for any run of zeros between written digits, also across 万 and 亿")
    void writesOneZeroForARunOfZeros(String amount, String capitals) {
        assertEquals(capitals, ChineseAmount.of(new BigDecimal(amount)));
    }

    @Test
    @DisplayName("rounds to the fen half up before writing: 0.005 is 壹分")
    void roundsToTheFenHalfUp() {
        assertEquals("人民币壹分", ChineseAmount.of(new BigDecimal("0.005")));
        assertEquals("人民币零元整", ChineseAmount.of(new BigDecimal("0.004")));
    }

    @Test
    @DisplayName("a negative amount is refused")
    void refusesNegativeAmount() {
        assertThrows(IllegalArgumentException.class, () -> ChineseAmount.of(new BigDecimal("-0.01")));
        assertThrows(IllegalArgumentException.class, () -> ChineseAmount.of(new BigDecimal("-1200.00")));
    }

    @Test
    @DisplayName("an amount of 17 digits before the point is refused (the capitals stop at 万亿)")
    void refusesAmountBeyondTheLargestGroup() {
        assertThrows(IllegalArgumentException.class, () -> ChineseAmount.of(new BigDecimal("10000000000000000")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "1234500000000.00, 人民币壹万贰仟叁佰肆拾伍亿元整",
            "1000100000000.00, 人民币壹万零壹亿元整",
            "9999999999999.99, 人民币玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
    })
    @DisplayName("an amount of 1万亿 or more is written with a single 亿")
    void writesTrillionsWithASingleYi(String amount, String capitals) {
        assertEquals(capitals, ChineseAmount.of(new BigDecimal(amount)));
    }
}
