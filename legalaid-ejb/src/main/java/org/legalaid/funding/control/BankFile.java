package org.legalaid.funding.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.legalaid.funding.Payment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The payment file for the bank or the treasury (代发文件), one line per payment, UTF-8 with a byte-order
 * mark (Excel on Chinese Windows reads it) and RFC 4180 quoting. The layout, documented in the README:
 * <pre>
 *   参考号,收款户名,开户行,收款账号,金额,用途
 *   FA0000000120,青岛某律师事务所,中国工商银行青岛分行,3803020109000012345,1200.00,法律援助办案补贴 青南法援案〔2026〕12号
 * </pre>
 * The reference comes back on the bank's statement, which reconciliation matches first.
 */
public final class BankFile {

    public static final List<String> HEADER = List.of("参考号", "收款户名", "开户行", "收款账号", "金额", "用途");

    private BankFile() {
    }

    /**
     * @param purposeOf the purpose text of each payment (法律援助办案补贴 and the case number)
     */
    public static byte[] write(List<Payment> payments, java.util.function.Function<Payment, String> purposeOf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).build())) {
            out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            for (Payment p : payments) {
                csv.printRecord(p.getReference(), p.getPayeeName(), p.getBankName(), p.getAccountNo(),
                        p.getAmount().toPlainString(), purposeOf.apply(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
