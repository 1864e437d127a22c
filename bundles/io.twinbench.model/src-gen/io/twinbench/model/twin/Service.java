/**
 */
package io.twinbench.model.twin;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A system service, for example a systemd unit.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.twinbench.model.twin.Service#getState <em>State</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Service#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Service#getUnit <em>Unit</em>}</li>
 * </ul>
 *
 * @see io.twinbench.model.twin.TwinPackage#getService()
 * @model
 * @generated
 */
public interface Service extends Element {
	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link io.twinbench.model.twin.ServiceState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see io.twinbench.model.twin.ServiceState
	 * @see #setState(ServiceState)
	 * @see io.twinbench.model.twin.TwinPackage#getService_State()
	 * @model
	 * @generated
	 */
	ServiceState getState();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Service#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see io.twinbench.model.twin.ServiceState
	 * @see #getState()
	 * @generated
	 */
	void setState(ServiceState value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see io.twinbench.model.twin.TwinPackage#getService_Enabled()
	 * @model
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Service#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see io.twinbench.model.twin.TwinPackage#getService_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Service#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

} // Service
