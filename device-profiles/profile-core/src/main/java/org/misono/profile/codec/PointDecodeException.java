package org.misono.profile.codec;

/** Registers that hold no valid value for their point, e.g. an enum value the profile does not list. */
public class PointDecodeException extends Exception {

    public PointDecodeException(String message) {
        super(message);
    }
}
