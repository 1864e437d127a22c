/**
 */
package io.twinbench.model.twin;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Operating System</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.twinbench.model.twin.OperatingSystem#getFamily <em>Family</em>}</li>
 *   <li>{@link io.twinbench.model.twin.OperatingSystem#getVersion <em>Version</em>}</li>
 *   <li>{@link io.twinbench.model.twin.OperatingSystem#getKernel <em>Kernel</em>}</li>
 *   <li>{@link io.twinbench.model.twin.OperatingSystem#getBitness <em>Bitness</em>}</li>
 * </ul>
 *
 * @see io.twinbench.model.twin.TwinPackage#getOperatingSystem()
 * @model
 * @generated
 */
public interface OperatingSystem extends Element {
	/**
	 * Returns the value of the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family</em>' attribute.
	 * @see #setFamily(String)
	 * @see io.twinbench.model.twin.TwinPackage#getOperatingSystem_Family()
	 * @model
	 * @generated
	 */
	String getFamily();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.OperatingSystem#getFamily <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family</em>' attribute.
	 * @see #getFamily()
	 * @generated
	 */
	void setFamily(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see io.twinbench.model.twin.TwinPackage#getOperatingSystem_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.OperatingSystem#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kernel</em>' attribute.
	 * @see #setKernel(String)
	 * @see io.twinbench.model.twin.TwinPackage#getOperatingSystem_Kernel()
	 * @model
	 * @generated
	 */
	String getKernel();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.OperatingSystem#getKernel <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel</em>' attribute.
	 * @see #getKernel()
	 * @generated
	 */
	void setKernel(String value);

	/**
	 * Returns the value of the '<em><b>Bitness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bitness</em>' attribute.
	 * @see #setBitness(int)
	 * @see io.twinbench.model.twin.TwinPackage#getOperatingSystem_Bitness()
	 * @model
	 * @generated
	 */
	int getBitness();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.OperatingSystem#getBitness <em>Bitness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bitness</em>' attribute.
	 * @see #getBitness()
	 * @generated
	 */
	void setBitness(int value);

} // OperatingSystem
