package org.legalaid.lawyers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.legalaid.shared.PlainText;

import java.io.Serializable;



/** A duty station as the assignment officer enters it. */
public class NewDutyStation implements Serializable {

    @NotNull
    private StationType type = StationType.COURT;

    @NotBlank
    @Size(max = DutyStation.NAME_MAX)
    @PlainText
    private String name;

    /** The district (administrative division code) of the station. */
    @NotNull
    @Pattern(regexp = "\\d{6}", message = "{legalaid.validation.regionCode}")
    private String regionCode;

    @Size(max = DutyStation.ADDRESS_MAX)
    @PlainText
    private String address;

    public static NewDutyStation of(DutyStation s) {
        NewDutyStation f = new NewDutyStation();
        f.type = s.getType();
        f.name = s.getName();
        f.regionCode = s.getRegionCode();
        f.address = s.getAddress();
        return f;
    }

    public StationType getType() { return type; }
    public void setType(StationType type) { this.type = type; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
}
