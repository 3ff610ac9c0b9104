package org.legalaid.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.legalaid.shared.PlainText;

import java.io.Serializable;



/**
 * What an administrator fills in to add a unit. The same object is bound by the page, posted as
 * JSON to the API and validated at the service boundary, so the field rules live here once.
 */
public class NewUnit implements Serializable {

    @NotBlank
    @Pattern(regexp = OrgUnit.CODE_PATTERN, message = "{legalaid.validation.unitCode}")
    private String code;

    @NotBlank
    @Size(max = OrgUnit.NAME_MAX)
    @PlainText
    private String name;

    @NotNull
    private UnitType type;

    /** The district the unit serves (GB/T 2260), optional: a district centre's district. */
    @jakarta.validation.constraints.Pattern(regexp = "[0-9]{6}", message = "{legalaid.validation.regionCode}")
    private String regionCode;

    /** The parent unit's id; null only for the root bureau. */
    private Long parentId;

    public NewUnit() {
    }

    public NewUnit(String code, String name, UnitType type, Long parentId) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.parentId = parentId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
    }

    public UnitType getType() {
        return type;
    }

    public void setType(UnitType type) {
        this.type = type;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }
}
