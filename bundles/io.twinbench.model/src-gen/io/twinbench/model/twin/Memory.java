/**
 */
package io.twinbench.model.twin;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Memory</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.twinbench.model.twin.Memory#getTotalBytes <em>Total Bytes</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Memory#getSwapTotalBytes <em>Swap Total Bytes</em>}</li>
 * </ul>
 *
 * @see io.twinbench.model.twin.TwinPackage#getMemory()
 * @model
 * @generated
 */
public interface Memory extends Hardware {
	/**
	 * Returns the value of the '<em><b>Total Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Total Bytes</em>' attribute.
	 * @see #setTotalBytes(long)
	 * @see io.twinbench.model.twin.TwinPackage#getMemory_TotalBytes()
	 * @model
	 * @generated
	 */
	long getTotalBytes();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Memory#getTotalBytes <em>Total Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total Bytes</em>' attribute.
	 * @see #getTotalBytes()
	 * @generated
	 */
	void setTotalBytes(long value);

	/**
	 * Returns the value of the '<em><b>Swap Total Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Swap Total Bytes</em>' attribute.
	 * @see #setSwapTotalBytes(long)
	 * @see io.twinbench.model.twin.TwinPackage#getMemory_SwapTotalBytes()
	 * @model
	 * @generated
	 */
	long getSwapTotalBytes();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Memory#getSwapTotalBytes <em>Swap Total Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Swap Total Bytes</em>' attribute.
	 * @see #getSwapTotalBytes()
	 * @generated
	 */
	void setSwapTotalBytes(long value);

} // Memory
