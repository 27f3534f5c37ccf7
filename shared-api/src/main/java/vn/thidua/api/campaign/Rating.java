package vn.thidua.api.campaign;

/** Xếp loại, from lowest to highest: không hoàn thành, hoàn thành, tốt, xuất sắc. */
public enum Rating {
    NOT_COMPLETED,
    COMPLETED,
    GOOD,
    EXCELLENT;

    public boolean atLeast(Rating other) {
        return compareTo(other) >= 0;
    }
}
