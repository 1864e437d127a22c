/**
 */
package io.twinbench.model.twin;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Interface</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.twinbench.model.twin.NetworkInterface#getMacAddress <em>Mac Address</em>}</li>
 *   <li>{@link io.twinbench.model.twin.NetworkInterface#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link io.twinbench.model.twin.NetworkInterface#getSpeedBitsPerSecond <em>Speed Bits Per Second</em>}</li>
 *   <li>{@link io.twinbench.model.twin.NetworkInterface#getMtu <em>Mtu</em>}</li>
 * </ul>
 *
 * @see io.twinbench.model.twin.TwinPackage#getNetworkInterface()
 * @model
 * @generated
 */
public interface NetworkInterface extends Hardware {
	/**
	 * Returns the value of the '<em><b>Mac Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mac Address</em>' attribute.
	 * @see #setMacAddress(String)
	 * @see io.twinbench.model.twin.TwinPackage#getNetworkInterface_MacAddress()
	 * @model
	 * @generated
	 */
	String getMacAddress();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.NetworkInterface#getMacAddress <em>Mac Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mac Address</em>' attribute.
	 * @see #getMacAddress()
	 * @generated
	 */
	void setMacAddress(String value);

	/**
	 * Returns the value of the '<em><b>Addresses</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addresses</em>' attribute list.
	 * @see io.twinbench.model.twin.TwinPackage#getNetworkInterface_Addresses()
	 * @model
	 * @generated
	 */
	EList<String> getAddresses();

	/**
	 * Returns the value of the '<em><b>Speed Bits Per Second</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Speed Bits Per Second</em>' attribute.
	 * @see #setSpeedBitsPerSecond(long)
	 * @see io.twinbench.model.twin.TwinPackage#getNetworkInterface_SpeedBitsPerSecond()
	 * @model
	 * @generated
	 */
	long getSpeedBitsPerSecond();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.NetworkInterface#getSpeedBitsPerSecond <em>Speed Bits Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Speed Bits Per Second</em>' attribute.
	 * @see #getSpeedBitsPerSecond()
	 * @generated
	 */
	void setSpeedBitsPerSecond(long value);

	/**
	 * Returns the value of the '<em><b>Mtu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mtu</em>' attribute.
	 * @see #setMtu(int)
	 * @see io.twinbench.model.twin.TwinPackage#getNetworkInterface_Mtu()
	 * @model
	 * @generated
	 */
	int getMtu();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.NetworkInterface#getMtu <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mtu</em>' attribute.
	 * @see #getMtu()
	 * @generated
	 */
	void setMtu(int value);

} // NetworkInterface
