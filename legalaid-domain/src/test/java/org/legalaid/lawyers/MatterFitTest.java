package org.legalaid.lawyers;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.legalaid.intake.MatterCategory;
import org.legalaid.intake.MatterType;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MatterFitTest {

    @Test
    @DisplayName("2023 procedure rules art. 26: the matter's field is required, family, labour and minors' fields help")
    void fieldsOfAMatter() {
        assertEquals(Specialty.CRIMINAL, MatterFit.required(MatterType.CRIMINAL));
        assertEquals(Specialty.LABOUR, MatterFit.required(MatterType.LABOUR_ARBITRATION));
        assertNull(MatterFit.required(MatterType.NON_LITIGATION));
        assertEquals(Set.of(Specialty.FAMILY), MatterFit.related(MatterType.CIVIL, MatterCategory.ELDER_SUPPORT, false));
        assertEquals(Set.of(Specialty.JUVENILE), MatterFit.related(MatterType.LABOUR_ARBITRATION, MatterCategory.WORK_INJURY, true),
                "labour is already required, not a bonus");
    }
}
