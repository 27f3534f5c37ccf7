package vn.thidua.api.campaign;

import vn.thidua.api.TypedId;

public record CampaignId(String value) implements TypedId {

    public CampaignId {
        TypedId.requireValid(value, "campaign id");
    }

    @Override
    public String toString() {
        return value;
    }
}
