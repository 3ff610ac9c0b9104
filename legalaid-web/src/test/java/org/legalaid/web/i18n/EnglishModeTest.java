package org.legalaid.web.i18n;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * English mode speaks English (issue 18: "English mode still shows Chinese exemption bases and
 * checklist item names, and full-width punctuation after English labels"): the English bundle holds
 * no Chinese except where it quotes what a user types or reads in Chinese, and no page writes
 * full-width punctuation straight after a bundle text (the bundle's {@code common.colon},
 * {@code common.lparen}, {@code common.rparen} give each language its own).
 */
class EnglishModeTest {

    /** Chinese characters and full-width punctuation (CJK symbols, half- and full-width forms). */
    private static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]");

    /**
     * English texts that quote Chinese on purpose: the language's own name, examples of Chinese
     * document numbers and dates a user types, the Chinese column names of an import file.
     */
    private static final Set<String> QUOTING_CHINESE = Set.of("lang.zh", "intake.scope.basis.lal31.3",
            "notice.organDocumentNumberHint", "documentNumbers.explain", "cases.import.badDate", "caseImport.intro",
            "funding.recon.line.date", "recon.fileHelp", "organisation.documentNumber.prefixNotChinese");

    /** A bundle text followed directly by full-width punctuation, e.g. {@code #{msg['x']}：}. */
    private static final Pattern LABEL_THEN_FULL_WIDTH = Pattern.compile("#\\{msg\\[[^\\]]*\\]\\}[：（，；。]");

    private static Properties english() throws IOException {
        Properties p = new Properties();
        try (InputStream in = EnglishModeTest.class.getResourceAsStream("/org/legalaid/web/i18n/messages_en.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    @DisplayName("the English bundle has no Chinese outside the texts that quote Chinese on purpose (exemption bases, checklist items, outcomes …)")
    void englishBundleIsEnglish() throws IOException {
        Properties en = english();
        Set<String> chinese = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            if (!QUOTING_CHINESE.contains(key) && CJK.matcher(en.getProperty(key)).find()) {
                chinese.add(key + "=" + en.getProperty(key));
            }
        }
        assertEquals(Set.of(), chinese);
        for (String key : List.of("exemptionRule.LAL_42_3_MIGRANT_WORKER", "caseFileItem.ARBITRAL_DOCUMENT", "caseOutcome.AWARD")) {
            assertTrue(en.containsKey(key), key);
        }
        assertEquals(": ", en.getProperty("common.colon"));
    }

    @Test
    @DisplayName("no page writes full-width punctuation straight after a bundle text: an English label would be followed by ：or （")
    void noFullWidthPunctuationAfterLabels() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/webapp"))) {
            pages = walk.filter(p -> p.toString().endsWith(".xhtml")).toList();
        }
        assertFalse(pages.isEmpty());
        for (Path page : pages) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            Matcher m = LABEL_THEN_FULL_WIDTH.matcher(text);
            while (m.find()) {
                found.add(page + ": " + m.group());
            }
        }
        assertEquals(List.of(), found);
    }
}
