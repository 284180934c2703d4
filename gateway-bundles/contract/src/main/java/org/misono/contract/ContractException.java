package org.misono.contract;

/** A payload that does not follow the contract; the message says which field and why. */
public class ContractException extends Exception {

    public ContractException(String message, Throwable cause) {
        super(message, cause);
    }
}
