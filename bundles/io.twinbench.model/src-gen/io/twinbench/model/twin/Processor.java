/**
 */
package io.twinbench.model.twin;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Processor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.twinbench.model.twin.Processor#getVendor <em>Vendor</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Processor#getPhysicalCores <em>Physical Cores</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Processor#getLogicalCores <em>Logical Cores</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Processor#getMaxFrequencyHz <em>Max Frequency Hz</em>}</li>
 * </ul>
 *
 * @see io.twinbench.model.twin.TwinPackage#getProcessor()
 * @model
 * @generated
 */
public interface Processor extends Hardware {
	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vendor</em>' attribute.
	 * @see #setVendor(String)
	 * @see io.twinbench.model.twin.TwinPackage#getProcessor_Vendor()
	 * @model
	 * @generated
	 */
	String getVendor();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Processor#getVendor <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor</em>' attribute.
	 * @see #getVendor()
	 * @generated
	 */
	void setVendor(String value);

	/**
	 * Returns the value of the '<em><b>Physical Cores</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Physical Cores</em>' attribute.
	 * @see #setPhysicalCores(int)
	 * @see io.twinbench.model.twin.TwinPackage#getProcessor_PhysicalCores()
	 * @model
	 * @generated
	 */
	int getPhysicalCores();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Processor#getPhysicalCores <em>Physical Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Physical Cores</em>' attribute.
	 * @see #getPhysicalCores()
	 * @generated
	 */
	void setPhysicalCores(int value);

	/**
	 * Returns the value of the '<em><b>Logical Cores</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Logical Cores</em>' attribute.
	 * @see #setLogicalCores(int)
	 * @see io.twinbench.model.twin.TwinPackage#getProcessor_LogicalCores()
	 * @model
	 * @generated
	 */
	int getLogicalCores();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Processor#getLogicalCores <em>Logical Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Logical Cores</em>' attribute.
	 * @see #getLogicalCores()
	 * @generated
	 */
	void setLogicalCores(int value);

	/**
	 * Returns the value of the '<em><b>Max Frequency Hz</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Frequency Hz</em>' attribute.
	 * @see #setMaxFrequencyHz(long)
	 * @see io.twinbench.model.twin.TwinPackage#getProcessor_MaxFrequencyHz()
	 * @model
	 * @generated
	 */
	long getMaxFrequencyHz();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Processor#getMaxFrequencyHz <em>Max Frequency Hz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Frequency Hz</em>' attribute.
	 * @see #getMaxFrequencyHz()
	 * @generated
	 */
	void setMaxFrequencyHz(long value);

} // Processor
