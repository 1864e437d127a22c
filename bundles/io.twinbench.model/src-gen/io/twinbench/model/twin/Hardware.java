/**
 */
package io.twinbench.model.twin;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hardware</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A hardware component.
 * <!-- end-model-doc -->
 *
 *
 * @see io.twinbench.model.twin.TwinPackage#getHardware()
 * @model abstract="true"
 * @generated
 */
public interface Hardware extends Element {
} // Hardware
